df = spark.readStream.format("json").schema("j STRING").load(INPUT)

from pyspark.sql import functions as F
result = df.select("j", *[F.get_json_object("j", p).alias(p) for p in
                          ["$[*]", "$[*].a", "$[0].a", "$.x[*]", "$.x[*].y", "$[*][0]", "$.x[1].y"]])
OUTPUT_MODE = "append"
