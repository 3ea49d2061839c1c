from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, m DECIMAL(12,4), ts TIMESTAMP, t STRING, n DECIMAL(5,3), s STRING, dt DATE, d DOUBLE, b BOOLEAN, i INT").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT rint((d + i)) AS k1, max(make_date(2024, i, 1)) AS a5, max((i - weekofyear(nullif(dt, to_date('2023-12-31'))))) AS a1, percentile_approx(i, 0.5) AS a2, max(year(dt)) AS a3, round(avg(nanvl(d, -1.0D)), 0) AS a4 FROM src GROUP BY rint((d + i))")
OUTPUT_MODE = "update"
