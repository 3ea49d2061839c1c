from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, n DECIMAL(4,1), i INT, d DOUBLE, s STRING, t STRING, m DECIMAL(10,2), ts TIMESTAMP, b BOOLEAN, dt DATE").json(INPUT)
result = df.where("coalesce((NOT (string(i) = array_join(split(s, '  *'), '-'))), true)").select("id", expr("ifnull(d, 3.75D) AS c1"), expr("date_trunc('yyyy', (ts + INTERVAL 36 HOURS)) AS c2"), expr("(i <> try_subtract(m, m)) AS c3")).where("(NOT coalesce((id = xxhash64(c3, id)), false))")
OUTPUT_MODE = "append"
