from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(7,0), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("coalesce((id > 1000L), true)").select("id", F.map_concat(F.create_map(lit(1), F.substring(F.current_timezone(), 1, 1)), F.create_map(lit(2), F.current_schema())).alias("c1"), expr("from_json(to_json(named_struct('v', (id / nullif(2, 0)))), 'v DOUBLE').v AS c2"))
OUTPUT_MODE = "append"
