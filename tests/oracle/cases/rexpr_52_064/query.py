from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, t STRING, j INT, ts TIMESTAMP, s STRING, dt DATE, i INT, d DOUBLE, b BOOLEAN, k BIGINT, m DECIMAL(18,6), f FLOAT").load(INPUT)
df.where("(isnan(log2(100BD)) OR (d < 100.0D))").createOrReplaceTempView("src")
result = spark.sql("SELECT make_date(2023, 2, least(dayofmonth(DATE'2024-02-29'), 28)) AS k1, avg(datediff(dateadd(dt, i), to_date('2024-02-29'))) AS a1, sum(CASE WHEN (TRY_CAST(s AS DECIMAL(10,4)) IS NOT NULL) THEN i ELSE 0 END) AS a2, count(date_add(if((m IS NOT NULL), dt, dt), 0)) AS a3 FROM src GROUP BY k1")
OUTPUT_MODE = "update"
