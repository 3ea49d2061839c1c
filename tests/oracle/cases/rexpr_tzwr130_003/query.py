spark.conf.set("spark.sql.session.timeZone", "Asia/Kathmandu")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT if(false, 3.75D, d) AS k1, listagg(date_format(CAST(ts AS DATE), 'yyyy-MM-dd'), ',') WITHIN GROUP (ORDER BY date_format(CAST(ts AS DATE), 'yyyy-MM-dd')) AS a1, count(0.001) AS a2, count(date_add(dt, i)) AS a3 FROM src GROUP BY k1")
OUTPUT_MODE = "update"
