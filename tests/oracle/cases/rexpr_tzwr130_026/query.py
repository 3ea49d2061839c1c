spark.conf.set("spark.sql.session.timeZone", "Asia/Kathmandu")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("(isnan(nullif(d, -1.5D)) OR (m < 99.99))").groupBy("dt").agg(expr("substr(hex(bitmap_and_agg(unhex(lpad(hex(abs(i) % 256), 4, 'F')))), 1, 24)").alias("a1"), F.datediff(F.max(expr("element_at(array_sort(array(dt, dt, DATE'2024-02-29')), 1)")), F.min(expr("element_at(array_sort(array(dt, dt, DATE'2024-02-29')), 1)"))).alias("a2"), F.avg(F.floor(col("n"))).alias("a3"), F.max(expr("from_base32(encode(s, 'utf-8'))")).alias("a5"), expr("sum(date_diff(dt, dateadd(dt, i))) AS a4"))
OUTPUT_MODE = "update"
