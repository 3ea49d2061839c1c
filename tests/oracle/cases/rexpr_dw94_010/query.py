from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT (t <> '') AS k1, count_if((i IN (7, 7))) AS a1, (max(cbrt(dayofyear(dateadd(dt, i)))) - min(cbrt(dayofyear(dateadd(dt, i))))) AS a2, round(avg(expm1(try_divide(weekofyear(dt), d))), 3) AS a3 FROM src GROUP BY (t <> '') HAVING count(*) >= 1 ORDER BY k1")
OUTPUT_MODE = "complete"
ORDERED = True
