spark.conf.set("spark.sql.session.timeZone", "America/Sao_Paulo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, ts TIMESTAMP, d DOUBLE, k BIGINT, n DECIMAL(5,3), i INT, s STRING, dt DATE, m DECIMAL(10,2), b BOOLEAN").json(INPUT)
result = df.where("(exists(map_keys(map_filter(map('a', timestampdiff(HOUR, TIMESTAMP'2024-02-29 00:00:00', ts), 'b', CASE WHEN b THEN i WHEN b THEN i WHEN b THEN i END), (k, v) -> v > 0)), x -> x = 'a') OR (dt <> to_date('2000-01-01')))").selectExpr("i", "(n / nullif(m, 0)) AS c1", "sentences(to_csv(named_struct('a', i, 'b', s))) AS c2").where(col("b").isNotNull())
OUTPUT_MODE = "append"
