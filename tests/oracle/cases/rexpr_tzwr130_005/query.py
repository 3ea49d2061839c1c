spark.conf.set("spark.sql.session.timeZone", "Asia/Kathmandu")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(18,6), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("((b IS NOT NULL) OR (i IS NULL))").withColumn("c1", expr("to_binary(chr(abs(i) % 90 + 32), 'utf-8')")).withColumn("c2", F.date_add(col("dt"), col("i"))).withColumn("c3", F.weekofyear(F.make_date(lit(2023), lit(12), lit(1)))).withColumn("c4", expr("months_between(CAST(dt AS TIMESTAMP), ts, false)")).drop("i", "s", "b").filter((col("b") | col("i").isNotNull()))
OUTPUT_MODE = "append"
