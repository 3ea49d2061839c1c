spark.conf.set("spark.sql.session.timeZone", "America/Sao_Paulo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", "i", expr("try_mod(CAST(i AS BIGINT), 0L) AS c1"), expr("ceil(CASE WHEN abs(try_divide(d, 1e300D)) < 1e9D THEN try_divide(d, 1e300D) END) AS c2"), expr("url_decode(concat(s, '%zz')) AS c3"), expr("from_json('[' || i || ', 2]', 'ARRAY<INT>')").alias("c4"), expr("position('o', date_format(ts, 'yyyy-MM-dd')) AS c5"))
OUTPUT_MODE = "append"
