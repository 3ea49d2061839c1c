from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT CAST(aes_decrypt(aes_encrypt(rpad(s, 6, 'é'), '0123456789abcdef'), '0123456789abcdef') AS STRING) AS k1, xpath_int('<a><b>' || (-1 - i) || '</b></a>', 'a/b') AS k2, round(regr_slope(i, i), 6) AS a1, max(d) AS a2, avg(d) AS a3 FROM src GROUP BY 1, 2")
OUTPUT_MODE = "complete"
