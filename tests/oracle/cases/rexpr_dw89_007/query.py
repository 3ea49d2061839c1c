from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("((dt < to_date('2024-02-29')) OR (s <= 'o'))").groupBy(F.datediff(col("dt"), col("dt")).alias("k1"), expr("date_from_unix_date(i) AS k2")).agg(expr("sum(nullif(expm1(m), 100.0D)) AS a1"), expr("count(add_months(date_add(dt, i), i)) AS a2"))
OUTPUT_MODE = "complete"
