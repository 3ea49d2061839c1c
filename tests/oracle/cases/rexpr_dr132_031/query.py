from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, b BOOLEAN, m DECIMAL(38,10), ts TIMESTAMP, n DECIMAL(5,3), dt DATE, d DOUBLE, s STRING, t STRING").load(INPUT)
df.filter("(s <= ' ')").createOrReplaceTempView("src")
result = spark.sql("SELECT (d * d) AS k1, round(regr_sxy(nullif(i, -1), ascii(s)), 6) AS a1, round(covar_pop(datediff(dt, dt), i), 6) AS a2, last_value(xpath_string('<a><b>' || replace(replace(initcap(s), '<', ''), '&', '') || '</b></a>', 'a/b')) AS a3 FROM src GROUP BY 1")
OUTPUT_MODE = "update"
