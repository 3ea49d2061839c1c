from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("array_repeat(to_char(encode(t, 'utf-8'), 'hex'), abs(coalesce(i, 0)) % 3)")).withColumn("d", expr("d"))
OUTPUT_MODE = "append"
