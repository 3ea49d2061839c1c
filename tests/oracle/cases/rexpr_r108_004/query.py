from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, d DOUBLE, dt DATE, ts TIMESTAMP, j INT, s STRING, m DECIMAL(10,2), b BOOLEAN, i INT, k BIGINT").load(INPUT)
result = df.withColumn("c1", expr("convert_timezone('America/Los_Angeles', 'UTC', nvl2(d, ts, TIMESTAMP'2024-02-29 00:00:00'))")).withColumn("c2", expr("array_repeat(quarter(dt), -1)")).withColumn("c3", expr("array(json_array_length(to_json(array((i + 10), (1 * i)))), NULL)")).where("((d IS NULL) OR (c3 IS NOT NULL))")
OUTPUT_MODE = "append"
