from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, dt DATE, m DECIMAL(7,0), i INT, ts TIMESTAMP, b BOOLEAN, d DOUBLE, s STRING, n DECIMAL(20,0)").load(INPUT)
result = df.where((~F.coalesce((expr("0.001") >= col("m")), lit(False)))).withColumn("c1", expr("least(timestamp_seconds(pmod(i, 2)), timestamp_seconds(i), TIMESTAMP'1999-12-31 23:59:59.999')")).withColumn("c2", (F.bround((col("id") - col("d")), 0) * F.when((col("s") == lit("Hello")), lit(3).cast("bigint")).when(col("b"), lit(3).cast("bigint")).when(col("b"), lit(1000).cast("bigint")).otherwise(col("id")))).withColumn("c3", expr("coalesce(try_element_at(split(s, ' '), -1), get_json_object(to_json(named_struct('a', left(s, 1), 'n', n)), '$.n'), 'Hello')")).drop("dt", "m", "ts", "d", "s", "n")
OUTPUT_MODE = "append"
