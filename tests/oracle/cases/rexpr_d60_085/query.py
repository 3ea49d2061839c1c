from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, m DECIMAL(18,6), j INT, s STRING, dt DATE, d DOUBLE, f FLOAT, t STRING, i INT, n DECIMAL(5,3), ts TIMESTAMP, k BIGINT").load(INPUT)
result = df.select(expr("ifnull(size(array_distinct(split(t, ' '))), CAST(NULL AS INT))").alias("c1"), F.find_in_set(lit("a"), F.get_json_object(F.to_json(F.named_struct(lit("a"), col("s"), lit("n"), col("j"))), "$.a")).alias("c2"), (col("id") % F.nullif(col("j"), lit(0))).alias("c3"))
OUTPUT_MODE = "append"
