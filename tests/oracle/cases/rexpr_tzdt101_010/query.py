spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", "s", ((col("d") / F.nullif(col("d"), lit(0))) + col("d")), F.locate("o", col("s"), 2).alias("c2"), expr("replace(s, ' ', '') AS c3"), ((col("dt") + expr("INTERVAL 1 MONTH")) - expr("INTERVAL 2 YEARS")).alias("c4"))
OUTPUT_MODE = "append"
