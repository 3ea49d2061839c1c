from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select(expr("abs(pmod(i, -4)) AS c1"), F.expr("(size(split(ucase(t), '[aeiou]')) & -1)").cast("int").alias("c2"), F.coalesce(col("dt"), col("dt"), F.to_date(lit("2024-02-29"))).alias("c3"))
OUTPUT_MODE = "append"
