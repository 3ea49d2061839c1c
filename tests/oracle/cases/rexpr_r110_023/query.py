from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(20,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("get(split(format_string('%s', atan(d)), '[aeiou]'), 2)")).withColumn("c2", F.array_repeat(col("i"), -1)).withColumn("c3", expr("sequence(5, abs(i) % 5, -2)")).withColumn("c4", F.make_date(lit(2023), lit(2), F.least(F.dayofmonth(col("dt")), lit(28)))).withColumn("c5", F.regexp_extract_all(F.when((col("m") < lit(.5).cast("decimal(2,1)")), col("s")).otherwise(col("t")), lit('([a-z])([a-z]+)'), 2))
OUTPUT_MODE = "append"
