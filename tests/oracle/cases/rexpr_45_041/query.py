from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.where("(coalesce(startswith(t, ''), true) OR (d > 0.1D))").createOrReplaceTempView("src")
result = spark.sql("SELECT add_months(dt, i) AS k1, concat_ws('|', t, s, s) AS k2, round(avg(((- d) * ln(i))), 2) AS a1, count_if((id >= -2L)) AS a2 FROM src GROUP BY 1, 2 HAVING count(*) >= 1")
OUTPUT_MODE = "update"
