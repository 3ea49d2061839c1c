from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, m DECIMAL(12,4), j INT, ts TIMESTAMP, i INT, b BOOLEAN, s STRING, d DOUBLE, dt DATE").load(INPUT)
result = df.withColumn("c1", expr("nvl2(concat(s, s, ' '), ((id IS NOT NULL) AND b), false)")).withColumn("c2", F.substring_index(F.array_join(F.split(F.date_format(col("ts"), "yyyy-MM-dd HH:mm:ss.SSS"), " "), "-"), " ", 0)).withColumn("c3", F.date_format(F.when((col("m") != expr("0.5")), col("ts")).when(col("b"), col("ts")), "Q")).select("id", "c1", "c2", "c3")
OUTPUT_MODE = "append"
