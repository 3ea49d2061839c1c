from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, t STRING, n DECIMAL(9,5), dt DATE, s STRING, i INT, d DOUBLE, ts TIMESTAMP, m DECIMAL(38,10), b BOOLEAN").json(INPUT)
result = df.withColumn("d", (col("d") + lit(1).cast("bigint"))).withColumn("c2", expr("(floor(n, 1) / 3.5)")).withColumn("c3", expr("concat(CASE WHEN b THEN substring(format_number(d, 0), 1, 1) WHEN contains(t, 'H') THEN trim(s) ELSE t END, right(s, 2))")).drop("t", "n", "s", "i", "ts", "m", "b")
OUTPUT_MODE = "append"
