from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("from_json('[' || i || ', 2]', 'ARRAY<INT>')")).withColumn("c2", F.format_string("%e", col("d"))).withColumn("c3", expr("CAST(try_make_timestamp(2024, i, 29, 10, 30, 45.5) AS STRING)"))
OUTPUT_MODE = "append"
