from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("to_date(ts)")).withColumn("c2", (F.ifnull((col("m") < lit(12.345).cast("decimal(5,3)")), lit(False)) & (col("s") != col("t")))).withColumn("c3", expr("(d * i)")).withColumn("c4", expr("greatest(crc32(t), greatest(id, id), least(id, id, id))")).withColumn("c5", col("t")).drop("d", "m", "n", "s", "b")
OUTPUT_MODE = "append"
