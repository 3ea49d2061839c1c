spark.conf.set("spark.sql.session.timeZone", "Asia/Kathmandu")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("trunc(CASE WHEN (t IS NOT NULL) THEN dt ELSE dt END, 'MM')")).withColumn("c2", expr("str_to_map(xpath_string('<a><b>' || replace(replace(array_join(array_compact(array(regexp_replace(t, '[aeiou]', '*'), NULL, s)), ','), '<', ''), '&', '') || '</b></a>', 'a/b'), ' ', 'l')")).select("id", "c1", "c2")
OUTPUT_MODE = "append"
