spark.conf.set("spark.sql.session.timeZone", "Pacific/Auckland")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("coalesce(arrays_overlap(array(array_position(array(s, 'a', nullif(t, 'é')), 'a')), array(CAST(NULL AS INT), 3)), true)").select("i", expr("schema_of_xml(s) AS c1"), F.greatest(expr("100BD").try_cast("bigint"), col("id")).alias("c2"), expr("log10(d) AS c3")).filter(F.coalesce((expr("xpath_boolean('<a><b>' || 5 || '</b></a>', 'a/b = 7')") | (col("c3") <= col("i"))), lit(True)))
OUTPUT_MODE = "append"
