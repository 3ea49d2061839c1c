from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", (col("i") * col("d")).alias("c1"), expr("pmod(n, nullif(0.5, 0))").alias("c2"), expr("CASE WHEN b THEN ceil((n / 2.5)) END").alias("c3")).filter("((char_length(t) BETWEEN 5 AND -1) OR ((m = 100BD) IS NULL))")
OUTPUT_MODE = "append"
