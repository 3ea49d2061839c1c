from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", "f", col("j").between(lit(1), lit(10)).alias("c1"), F.nullif((col("i") - (col("i") - expr("CASE i WHEN 5 THEN 12.345 WHEN 1 THEN m ELSE m END"))), lit(1.25).cast("decimal(3,2)")).alias("c2")).where("(c2 < -3.10)")
OUTPUT_MODE = "append"
