from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "format_number(TRY_CAST(CAST(j AS DOUBLE) AS BIGINT), 3) AS c1", "CASE WHEN b THEN id WHEN (i >= round(0.1D, 2)) THEN crc32(regexp_replace(s, '[aeiou]', '*')) WHEN b THEN (id - pmod(id, 3)) ELSE id END AS c2", "aggregate(split(concat_ws(', ', CAST(i AS STRING), t, s), ' '), 0, (acc, x) -> acc + length(x)) AS c3", "make_date(year(trunc(dt, 'YEAR')), pmod(i, 12) + 1, 28) AS c4", "(99.99 / nullif(m, 0)) AS c5").filter((lit(3).cast("bigint").cast("boolean") | col("j").isNull()))
OUTPUT_MODE = "append"
