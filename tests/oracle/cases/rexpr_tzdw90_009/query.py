spark.conf.set("spark.sql.session.timeZone", "Australia/Adelaide")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.filter("(b OR (id IS NOT NULL))").createOrReplaceTempView("src")
result = spark.sql("SELECT to_date(date_format(CASE WHEN (id IS NOT NULL) THEN dt WHEN (ts = TIMESTAMP'2024-02-29 00:00:00') THEN dt ELSE dt END, 'yyyy-MM-dd'), 'yyyy-MM-dd') AS k1, count_if(equal_null(i, 3)) AS a1, max(d) AS a2 FROM src GROUP BY 1")
OUTPUT_MODE = "update"
