from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, m DECIMAL(12,4), j INT, i INT, t STRING, s STRING, b BOOLEAN, ts TIMESTAMP, dt DATE, d DOUBLE").load(INPUT)
result = df.where("(d IS NOT NULL)").withColumn("c1", F.lower(F.when(col("b"), F.format_string("[%5s|%-4d]", lit(" "), col("i"))).otherwise(F.date_format(col("dt"), "yyyy-MM-dd HH:mm:ss.SSSSSS"))).rlike("^[A-Z]")).withColumn("c2", expr("CAST(m AS STRING)")).withColumn("c3", expr("size(split(s, '-'))")).withColumn("c4", expr("(((- 100BD) * dayofmonth(ts)) % nullif(try_add(m, 100BD), 0))")).drop("m", "j", "i", "t", "s", "dt", "d").filter("(NOT c1)")
OUTPUT_MODE = "append"
