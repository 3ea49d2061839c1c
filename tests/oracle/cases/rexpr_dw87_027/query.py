from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("(NOT coalesce(('o' != elt(1, md5(t), format_string('%s', d))), false))").select("id", F.greatest(expr("CAST(next_day(dt, 'Mon') AS STRING)"), expr("CASE b WHEN true THEN s ELSE s END")).alias("c1"), F.month(F.next_day(F.least(col("dt"), col("dt"), col("dt")), "SUN")).alias("c2"), expr("greatest(add_months(dt, i), TRY_CAST(t AS DATE), next_day(CAST(ts AS DATE), 'fri')) AS c3"), F.nullif(F.round(col("m"), 0), expr("12.345")))
OUTPUT_MODE = "append"
