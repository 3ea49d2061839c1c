from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, f FLOAT, i INT, j INT, s STRING, dt DATE, d DOUBLE, t STRING, m DECIMAL(38,10), ts TIMESTAMP").json(INPUT)
result = df.where(((col("s") > lit(" ")) | (col("j") != lit(0)))).select("id", expr("xxhash64(to_date(TIMESTAMP'1999-12-31 23:59:59.999')) AS c1"), expr("CASE WHEN (string(m) = substring(substring(s, 5, 1), 5, 0)) THEN id WHEN CAST(id AS BOOLEAN) THEN id WHEN exists(split(elt(2, s, ' '), ' '), x -> x = 'o') THEN id ELSE id END AS c2")).where("((-1.5D > id) OR (c2 = -2L))")
OUTPUT_MODE = "append"
