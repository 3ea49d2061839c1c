spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.where("(b OR (id > 3L))").createOrReplaceTempView("src")
result = spark.sql("SELECT t, (max((m / nullif(m, 0))) - min((m / nullif(m, 0)))) AS a1, (max(d) - min(d)) AS a2, min(t) AS a3 FROM src GROUP BY t")
OUTPUT_MODE = "update"
