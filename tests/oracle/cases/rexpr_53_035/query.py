from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where(((col("s") == lit("abc")) | col("id").isNotNull())).select(expr("if((i BETWEEN 0 AND 5), (0.5D BETWEEN 100.0D AND 100.0D), (regexp_replace(s, '(a|b)', '<>') LIKE 'H%')) AS c1"), expr("CASE WHEN (i < 5) THEN id WHEN b THEN id WHEN b THEN id ELSE id END").alias("c2"), F.repeat(F.regexp_replace(col("s"), "[aeiou]", "*"), 1).alias("c3"), expr("instr(greatest(s, s), 'o')").alias("c4"))
OUTPUT_MODE = "append"
