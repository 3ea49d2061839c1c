from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, m DECIMAL(10,2), t STRING, i INT, s STRING, ts TIMESTAMP, d DOUBLE, dt DATE, b BOOLEAN").load(INPUT)
result = df.withColumn("c1", expr("from_csv(concat_ws(';', i, t), 'x INT, y STRING', map('sep', ';'))")).withColumn("c2", F.date_trunc("QUARTER", expr("timestamp_micros(CAST(i AS BIGINT) * 1000000000L)"))).withColumn("c3", F.trunc(col("dt"), "MM")).withColumn("c4", expr("nanvl(acosh(abs(asin(try_divide(d, i) / 1000)) + 1), round(array_max(array(xpath_number('<a><b>' || 0.5D || '</b></a>', 'a/b * 2'), rint(d), CAST('NaN' AS DOUBLE))), 2))")).select("id", "c1", "c2", "c3", "c4")
OUTPUT_MODE = "append"
