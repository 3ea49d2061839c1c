spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, s STRING, d DOUBLE, dt DATE, m DECIMAL(12,4), i INT, ts TIMESTAMP, f FLOAT, n DECIMAL(20,0), b BOOLEAN, t STRING").json(INPUT)
result = df.withColumn("c1", (col("dt") - expr("INTERVAL '1-1' YEAR TO MONTH"))).withColumn("c2", F.when(col("b"), col("id")).otherwise(lit(1).cast("bigint"))).withColumn("c3", col("n").try_cast("bigint")).withColumn("c4", F.try_subtract(lit(7), F.datediff(col("dt"), F.when(col("b"), col("dt")).when((col("i") >= lit(1)), col("dt")))))
OUTPUT_MODE = "append"
