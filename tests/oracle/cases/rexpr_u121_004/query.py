from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter((col("d") <= lit(0.001))).withColumn("c1", expr("from_json('{\"k\": ' || least(d, d) || '}', 'MAP<STRING, DOUBLE>')")).withColumn("c2", F.array_sort(F.array(F.regexp_instr(col("s"), lit('[aeiou]')), expr("tinyint(abs(i) % 100)"), lit(None), lit(-1)))).select("id", "c1", "c2").where((col("s").isin(lit("o")) | (col("k") < lit(1000).cast("bigint"))))
OUTPUT_MODE = "append"
