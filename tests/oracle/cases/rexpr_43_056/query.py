from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("((dt != to_date('2023-12-31')) OR (j IS NULL))").groupBy(expr("(id - d) AS k1")).agg(F.count(F.concat(F.date_format(col("ts"), "dd.MM.yy"), col("t"))).alias("a1"), expr("bool_or((least(dt, dt, dt) IS NOT NULL)) AS a2"), expr("max(locate('l', 'abc')) AS a3"), F.count(F.regexp_extract(F.substr(col("t"), lit(2), lit(1)), "([A-Za-z]+) ([A-Za-z]+)", 2)).alias("a4"))
OUTPUT_MODE = "update"
