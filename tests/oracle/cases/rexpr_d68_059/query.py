from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter((((lit(None).cast("decimal(10,2)") - col("m")) == (F.ceil(col("m")) - F.log(10.0, col("d")))) | (col("m") != lit(99.99).cast("decimal(4,2)")))).selectExpr("id", "add_months(make_date(2023, pmod(i, 12) + 1, 28), i) AS c1", "octet_length(CASE WHEN (m < 0.5) THEN t WHEN (s > 'a') THEN t ELSE ' ' END) AS c2", "date_format(next_day(add_months(next_day(to_date('2000-01-01'), 'wednesday'), i), 'wednesday'), 'yyyy-MM-dd HH:mm:ss.SSS') AS c3", "element_at(split(s, ' '), 3) AS c4", "(2 * i) AS c5").filter(((col("m") < col("n")) | col("ts").isNotNull()))
OUTPUT_MODE = "append"
