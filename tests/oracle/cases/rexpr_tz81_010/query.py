spark.conf.set("spark.sql.session.timeZone", "America/Sao_Paulo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT left(lpad('é', 0, '*'), 4) AS k1, dt, sum(CASE WHEN (TIMESTAMP'1999-12-31 23:59:59.999' IS NULL) THEN CASE WHEN (-2L IS NULL) THEN i WHEN b THEN i ELSE i END ELSE 0 END) AS a1, max(CASE WHEN b THEN 1000L WHEN (s <= 'é') THEN id ELSE id END) AS a2, max(last_day(date_add(dt, i))) AS a3 FROM src GROUP BY left(lpad('é', 0, '*'), 4), dt")
OUTPUT_MODE = "complete"
