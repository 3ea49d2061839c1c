from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("(t = 'o')").groupBy(F.size(F.split(col("t"), " ")).alias("k1")).agg(F.max(F.dayname(col("i"))).alias("a4"), expr("round(stddev_samp(pmod(i, nullif(i, 0))), 6)").alias("a1"), expr("round(avg(3), 2) AS a2"), expr("round(stddev_samp(1), 6)").alias("a3"))
OUTPUT_MODE = "update"
