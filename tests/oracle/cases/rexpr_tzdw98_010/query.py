spark.conf.set("spark.sql.session.timeZone", "Australia/Lord_Howe")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(4,1), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT t, hash(i) AS k2, count(dt) AS a1, bool_or(isnan(d)) AS a2 FROM src GROUP BY t, hash(i) HAVING count(*) >= 1 ORDER BY t, k2")
OUTPUT_MODE = "complete"
ORDERED = True
