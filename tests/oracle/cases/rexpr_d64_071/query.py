from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, b BOOLEAN, s STRING, m DECIMAL(12,4), i INT, d DOUBLE, ts TIMESTAMP, dt DATE, t STRING").load(INPUT)
result = df.select("id", expr("timestamp_seconds(instr(lpad(format_number(10, 3), 0, '*'), ' '))").alias("c1"), (-F.find_in_set(lit("x-y"), F.left(col("s"), lit(1)))).alias("c2"), (col("i").cast("bigint") + F.instr(F.get_json_object(F.to_json(F.named_struct(lit("a"), col("s"), lit("n"), col("m"))), "$.a"), "o")).alias("c3"), F.bround(col("d"), -1).alias("c4"), expr("regexp_like(get(split('é', ','), 1), '[0-9]+') AS c5"))
OUTPUT_MODE = "append"
