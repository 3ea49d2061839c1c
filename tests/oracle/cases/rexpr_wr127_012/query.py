from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "sequence(5, abs(CAST(array_size(slice(array(datediff(dt, dt), length(s), 3, 4), -2, 5)) AS INT)) % 5, -2) AS c1", "nvl2(id, dateadd(add_months(dt, i), i), DATE'2000-01-01') AS c2", "timestamp_diff('FORTNIGHT', ts, ts) AS c3", "CAST(from_utc_timestamp(make_timestamp_ltz(2024, 2, 29, xpath_int('<a><b>' || i || '</b></a>', 'a/b'), 0, 0, 'Asia/Tokyo'), 'Asia/Tokyo') AS STRING) AS c4", "next_day(dt, 'SUN') AS c5", "(format_number(i, 2) <=> string(100.0D)) AS c6").where(((F.to_timestamp(lit("1999-12-31 23:59:59.999")) != col("c2")) | col("c5").isNotNull()))
OUTPUT_MODE = "append"
