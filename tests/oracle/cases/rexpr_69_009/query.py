from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
df.where(col("dt").isNotNull()).createOrReplaceTempView("src")
result = spark.sql("SELECT get(split(lpad(s, 6, ' '), '-'), 1) AS k1, avg(pmod((i - i), nullif(j, 0))) AS a1, count(to_date(date_format(trunc(dt, 'MM'), 'yyyyMMdd'), 'yyyyMMdd')) AS a2, count_if((concat(s, s, s) <= s)) AS a3, max((id % i)) AS a5, count_if((i IS NOT NULL)) AS a4 FROM src GROUP BY get(split(lpad(s, 6, ' '), '-'), 1) HAVING count(*) >= 1")
OUTPUT_MODE = "complete"
