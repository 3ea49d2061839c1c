from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "extract(DOW FROM last_day(make_date(2024, 2, 28))) AS c1", "weekofyear(nullif(date_add(add_months(dt, i), i), DATE'2023-12-31')) AS c2", "if(b, ts, ts) AS c3", "(try_add(nvl2(bin(i), 2, i), i) + aggregate(split('a', ' '), 0, (acc, x) -> acc + length(x))) AS c4", "make_date(year(dt), 2, 30) AS c5", "CAST(CASE j WHEN 3 THEN ts WHEN 5 THEN ts ELSE ts END AS DOUBLE) AS c6").filter(col("d").isNotNull())
OUTPUT_MODE = "append"
