from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where((col("s") <= lit("a"))).withColumn("c1", expr("acos(d)")).withColumn("c2", expr("sequence(5, abs((10 % nullif(i, 0))) % 5, -2)")).withColumn("c3", F.encode(col("s"), 'UTF-8')).withColumn("c4", F.date_add(lit(None).cast("date"), col("i"))).withColumn("c5", F.next_day(col("dt"), "Mon"))
OUTPUT_MODE = "append"
