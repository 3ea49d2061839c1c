spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(20,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", ((F.timestamp_millis(F.nullif(col("i"), lit(5))) + expr("INTERVAL '1 02:03:04.000005' DAY TO SECOND")) - expr("INTERVAL '1 02:03:04.000005' DAY TO SECOND"))).withColumn("c2", (col("j") + lit(1))).withColumn("c3", expr("TRY_CAST(bin(i) AS INT)")).withColumn("c4", expr("(m + 5)"))
OUTPUT_MODE = "append"
