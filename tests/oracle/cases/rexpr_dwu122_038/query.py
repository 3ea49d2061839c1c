from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(9,5), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("(((0L / nullif(i, 0)) > (m / nullif(j, 0))) OR (id <= 0L))").select("id", "i", expr("from_xml('<ROW x=\"' || size(json_object_keys(to_json(named_struct('a', i, 'b', s)))) || '\"><v>' || from_json(to_json(named_struct('v', -1.5D)), 'v DOUBLE').v || '</v></ROW>', '_x INT, v DOUBLE')").alias("c1"), expr("zeroifnull(CASE WHEN (s ILIKE '%%') THEN n WHEN (d >= 2.0D) THEN n END) AS c2"), F.explode(F.create_map(lit('a'), col("i"), lit('b'), F.weekday(col("dt")))), expr("array_repeat(i, -1) AS c4"), expr("from_xml('<ROW><a>' || int(power(i % 4, 2)) || '</a><a>2</a></ROW>', 'a ARRAY<INT>')").alias("c5")).filter("(i <> -1)")
OUTPUT_MODE = "append"
