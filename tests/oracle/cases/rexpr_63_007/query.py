from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", "t", (col("i") + F.coalesce(col("i"), lit(-1))).between(lit(0), lit(-1)).alias("c1"), expr("(CAST(ts AS STRING) BETWEEN '日本' AND '') AS c2"), expr("(from_unixtime(id) != lpad('abc', 3, ' ')) AS c3"))
OUTPUT_MODE = "append"
