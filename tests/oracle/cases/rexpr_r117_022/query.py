from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, b BOOLEAN, n DECIMAL(5,3), s STRING, dt DATE, k BIGINT, ts TIMESTAMP, m DECIMAL(10,2), t STRING, d DOUBLE, i INT").load(INPUT)
result = df.groupBy(expr("(try_to_date(s) >= ts) AS k1")).agg(expr("round(covar_pop(if((id = 0L), i, 3), i), 6)").alias("a1"), expr("round(regr_intercept(xpath_int('<a><b>' || i || '</b></a>', 'a/b'), minute(convert_timezone('America/Los_Angeles', 'UTC', ts))), 6) AS a2"), expr("bitmap_count(bitmap_or_agg(unhex(lpad(hex(abs(5) % 256), 8, '0'))))").alias("a3"), expr("sort_array(collect_set(i)) AS a4"))
OUTPUT_MODE = "complete"
